/** ccp entrypoint module; filled by the issue that delivers it. */
package dev.ccp.entrypoint;
