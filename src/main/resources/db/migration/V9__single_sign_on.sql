-- Single sign-on (module security): an account made by the first sign-in through the organisation's identity
-- provider is tied to that provider's issuer and subject; a local account has neither.
alter table app_user add column sso_issuer varchar(500);
alter table app_user add column sso_subject varchar(255);
create unique index app_user_sso on app_user (sso_issuer, sso_subject);
