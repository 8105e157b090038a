/** Salesforce adapter: REST pull and push, Metadata API provisioning, OAuth (DESIGN 1, 8). */
package dev.refsync.salesforce;
