/** Sales and refunds as the tills sync them: booking what the till charged (exactly once), the change feed tills pull (the catalog's part read through catalog.CatalogFeed), and read models of sales. Owns sale, sale_line, sale_payment, refund, refund_line. */
package dev.regulars.server.sales;
