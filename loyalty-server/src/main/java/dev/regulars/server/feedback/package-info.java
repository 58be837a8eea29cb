/** Ratings of visits from the receipt's QR code and the call-back queue they feed: a rating per receipt, kept until its sale arrives; 1 to 3 stars become a task for the store's managers. Owns rating, callback_task. */
package dev.regulars.server.feedback;
