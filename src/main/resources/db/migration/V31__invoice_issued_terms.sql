-- What an issued invoice said when it was sent, kept with it: its due date, the payment terms it stated and to whom
-- and where it was addressed. Until now these were read when a document was made, so a change of the configured
-- terms or of a customer's address rewrote invoices already sent. Null on drafts, which show the current ones.
alter table invoice add column due_date date;
alter table invoice add column payment_terms_days integer;
alter table invoice add column bill_to_name varchar(200);
alter table invoice add column bill_to_street varchar(200);
alter table invoice add column bill_to_postcode varchar(20);
alter table invoice add column bill_to_city varchar(100);
alter table invoice add column bill_to_country varchar(2);
alter table invoice add column bill_to_vat_id varchar(20);
alter table invoice add column bill_to_buyer_reference varchar(200);

-- Invoices issued before this version: the customer's details as they are at the upgrade are the best record there
-- is (what the last document showed). The due date needs the company's time zone and the configured terms, which SQL
-- does not know: the application stores it when it starts (IssuedTermsBackfill).
update invoice set
    bill_to_name = (select c.name from customer c where c.id = invoice.customer_id),
    bill_to_street = (select c.billing_street from customer c where c.id = invoice.customer_id),
    bill_to_postcode = (select c.billing_postcode from customer c where c.id = invoice.customer_id),
    bill_to_city = (select c.billing_city from customer c where c.id = invoice.customer_id),
    bill_to_country = (select c.country from customer c where c.id = invoice.customer_id),
    bill_to_vat_id = (select c.vat_id from customer c where c.id = invoice.customer_id),
    bill_to_buyer_reference = (select c.buyer_reference from customer c where c.id = invoice.customer_id)
where issued_at is not null;

-- issued means frozen: every issued invoice has its addressee (the due date follows at start-up, see above)
alter table invoice add constraint invoice_bill_to_check check (issued_at is null or bill_to_name is not null);
