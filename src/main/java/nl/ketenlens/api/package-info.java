/** Shared REST plumbing: RFC 9457 problem details for every error, the exceptions features throw for 404 and 400, the OpenAPI document. */
package nl.ketenlens.api;
