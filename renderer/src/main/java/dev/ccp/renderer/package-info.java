/** ccp renderer module; filled by the issue that delivers it. */
package dev.ccp.renderer;
