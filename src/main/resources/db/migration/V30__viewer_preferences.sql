-- Each person's own locale and time zone for reading dates, times and money, keyed by login name: staff are the
-- engine's identity users (ACT_ID_USER.ID_, varchar(64)), portal users customer_user rows (username, varchar(64)).
-- Null means "the installation's default" (quarterhour.viewers.default-locale, quarterhour.company-time-zone), so a
-- changed default reaches everyone who never chose. Values are checked by the application (offered locales, IANA
-- zones) rather than here: the offered locales are configuration and may shrink later, which readers tolerate.
create table viewer_preference (
    username   varchar(64) primary key,
    -- a BCP 47 language tag, e.g. en-GB
    locale     varchar(35),
    -- an IANA zone id, e.g. Europe/Berlin
    time_zone  varchar(64),
    changed_at timestamp(6) with time zone not null
);
