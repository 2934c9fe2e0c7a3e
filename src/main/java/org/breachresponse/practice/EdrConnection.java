package org.breachresponse.practice;

/**
 * How containment reaches a practice's EDR vendor, without the client secret (which is write-only).
 *
 * @param kind     DEFENDER_FOR_ENDPOINT, CROWDSTRIKE_FALCON or NONE (isolation by hand)
 * @param apiBase  the vendor's API host; null: the vendor's default
 * @param tokenUrl where client credentials become a token; null: derived from the vendor and tenant
 * @param tenant   the Microsoft Entra tenant (Defender); null for Falcon
 * @param clientId the API client's id
 */
public record EdrConnection(String kind, String apiBase, String tokenUrl, String tenant, String clientId) {
}
