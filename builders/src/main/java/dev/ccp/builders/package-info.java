/** ccp builders module; filled by the issue that delivers it. */
package dev.ccp.builders;
