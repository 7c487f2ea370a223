-- The inventory service's tables: the product catalog with its stock, and the inbox of the chain
-- events it applied (messaging-support's ProcessedEvent).

create table products (
    id         uuid                        not null,
    name       varchar(200)                not null,
    price      numeric(12, 2)              not null,
    stock      integer                     not null,
    created_at timestamp(6) with time zone not null,
    version    bigint                      not null,
    constraint products_pkey primary key (id),
    constraint uk_products_name unique (name)
);

create table processed_events (
    event_id     uuid                        not null,
    type         varchar(64)                 not null,
    order_id     uuid                        not null,
    processed_at timestamp(6) with time zone not null,
    constraint processed_events_pkey primary key (event_id)
);
create index ix_processed_events_at on processed_events (processed_at);
