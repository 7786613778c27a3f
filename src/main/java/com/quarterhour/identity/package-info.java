/**
 * Staff identity and access: Spring Security over the API, /engine-rest and the webapps, backed by Operaton's
 * identity service; the staff groups and their webapp authorizations.
 */
package com.quarterhour.identity;
