/** Customers: who a regular is (one record per person, merges), their cards and consents, tiers and visit figures, and finding them at the counter. Owns customer, customer_card, customer_consent. */
package dev.regulars.server.customers;
