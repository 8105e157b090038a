/** HubSpot adapter: CRM v3 pull and push, schemas, associations v4, webhooks v3 (DESIGN 1, 8). */
package dev.refsync.hubspot;
