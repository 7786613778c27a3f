-- The default catalogue of shared/DESIGN.md ("Plans and pricing").
insert into plan (code, name, kind, currency, monthly_fee, included_minutes, overage_hourly_rate, hourly_rate, bundle_hours, bundle_price,
                  incident_price, incident_block_minutes, per_minute_rate, billing_increment_minutes, requires_payment_method, around_the_clock) values
 ('BPS-20',  'Business Priority Support 20',  'MONTHLY_PACKAGE', 'GBP', 1100.00, 1200, 65.00, null, null, null, null, null, null, 15, false, false),
 ('BPS-40',  'Business Priority Support 40',  'MONTHLY_PACKAGE', 'GBP', 2000.00, 2400, 65.00, null, null, null, null, null, null, 15, false, false),
 ('BPS-60',  'Business Priority Support 60',  'MONTHLY_PACKAGE', 'GBP', 2700.00, 3600, 60.00, null, null, null, null, null, null, 15, false, false),
 ('BPS-100', 'Business Priority Support 100', 'MONTHLY_PACKAGE', 'GBP', 4000.00, 6000, 60.00, null, null, null, null, null, null, 15, false, false),
 ('STANDARD', 'Standard rate (no plan)',      'STANDARD',        'GBP', null, null, null, 75.00, null, null, null, null, null, 15, false, false),
 ('PAYG',    'Pay as you go',                 'PAY_AS_YOU_GO',   'GBP', null, null, null, 70.00, null, null, null, null, null, 15, false, false),
 ('PER-USE', 'Client Success per use',        'PER_USE',         'USD', null, null, null, null, null, null, null, null, null, 15, false, true),
 ('CREDIT-12', 'Client Success 12-hour credit', 'CREDIT_BUNDLE', 'USD', null, null, null, null, 12, 720.00, null, null, null, 15, false, true),
 ('CREDIT-40', 'Client Success 40-hour credit', 'CREDIT_BUNDLE', 'USD', null, null, null, null, 40, 2000.00, null, null, null, 15, false, true),
 ('MANAGED-WORKPLACE', 'Managed Workplace',   'MANAGED_WORKPLACE', 'USD', null, 180, null, null, null, null, null, null, null, 15, false, true),
 ('PER-INCIDENT', 'Per incident',             'PER_INCIDENT',    'GBP', null, null, null, null, null, null, 150.00, 120, null, 15, false, false),
 ('PER-MINUTE', 'Per minute (phone only)',    'PER_MINUTE',      'GBP', null, null, null, null, null, null, null, null, 1.50, 1, true, false),
 ('SHARED-247', 'Shared support 24/7',        'SHARED',          'GBP', 900.00, 900, 65.00, null, null, null, null, null, null, 15, false, true),
 ('DEDICATED-SEAT', 'Dedicated seat',         'DEDICATED_SEAT',  'GBP', 3200.00, null, null, null, null, null, null, null, null, 15, false, false);

-- Client Success priority rates (seed 004): per use, and the draw-down rates of the 12- and 40-hour credits.
-- Managed Workplace bills per use beyond its included hours.
insert into plan_priority_rate (plan_code, priority, hourly_rate) values
 ('PER-USE', 'P4', 80.00), ('PER-USE', 'P3', 120.00), ('PER-USE', 'P2', 160.00), ('PER-USE', 'P1', 200.00),
 ('CREDIT-12', 'P4', 60.00), ('CREDIT-12', 'P3', 90.00), ('CREDIT-12', 'P2', 120.00), ('CREDIT-12', 'P1', 150.00),
 ('CREDIT-40', 'P4', 50.00), ('CREDIT-40', 'P3', 75.00), ('CREDIT-40', 'P2', 100.00), ('CREDIT-40', 'P1', 125.00),
 ('MANAGED-WORKPLACE', 'P4', 80.00), ('MANAGED-WORKPLACE', 'P3', 120.00), ('MANAGED-WORKPLACE', 'P2', 160.00), ('MANAGED-WORKPLACE', 'P1', 200.00);
