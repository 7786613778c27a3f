-- What an e-invoice (EN 16931) needs of the buyer beyond name and country: the postal address, the VAT id and the
-- buyer reference (BT-10, e.g. a German authority's Leitweg-ID). Optional: a customer without them still gets PDF and
-- CSV invoices; its e-invoice answers 409 naming what is missing.
alter table customer add column billing_street varchar(200);
alter table customer add column billing_postcode varchar(20);
alter table customer add column billing_city varchar(100);
alter table customer add column vat_id varchar(20);
alter table customer add column buyer_reference varchar(200);
