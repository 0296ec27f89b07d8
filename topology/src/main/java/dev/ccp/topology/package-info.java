/** ccp topology module; filled by the issue that delivers it. */
package dev.ccp.topology;
