-- The payment service's tables: accounts, the charges and refunds made on them, and the inbox of
-- the chain events it applied (messaging-support's ProcessedEvent).

create table accounts (
    user_id    uuid                        not null,
    balance    numeric(14, 2)              not null,
    updated_at timestamp(6) with time zone not null,
    version    bigint                      not null,
    constraint accounts_pkey primary key (user_id)
);

create table payments (
    id         uuid                        not null,
    order_id   uuid                        not null,
    user_id    uuid                        not null,
    kind       varchar(16)                 not null,
    amount     numeric(14, 2)              not null,
    created_at timestamp(6) with time zone not null,
    constraint payments_pkey primary key (id),
    constraint payments_kind_check check (kind in ('CHARGE', 'REFUND'))
);
create index ix_payments_order on payments (order_id);
create index ix_payments_user on payments (user_id);

create table processed_events (
    event_id     uuid                        not null,
    type         varchar(64)                 not null,
    order_id     uuid                        not null,
    processed_at timestamp(6) with time zone not null,
    constraint processed_events_pkey primary key (event_id)
);
create index ix_processed_events_at on processed_events (processed_at);
