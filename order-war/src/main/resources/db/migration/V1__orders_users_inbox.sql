-- The order service's tables: customers, orders with their lines and history, and the inbox of
-- the chain events it applied (messaging-support's ProcessedEvent).

create table users (
    id         uuid                        not null,
    name       varchar(200)                not null,
    email      varchar(254)                not null,
    created_at timestamp(6) with time zone not null,
    constraint users_pkey primary key (id),
    constraint uk_users_email unique (email)
);

create table orders (
    id                  uuid                        not null,
    user_id             uuid                        not null,
    status              varchar(16)                 not null,
    cancellation_reason varchar(32),
    correlation_id      uuid                        not null,
    total               numeric(14, 2)              not null,
    created_at          timestamp(6) with time zone not null,
    version             bigint                      not null,
    constraint orders_pkey primary key (id),
    constraint orders_status_check check (status in ('PENDING', 'PROCESSED', 'CANCELLED')),
    constraint orders_cancellation_reason_check check (cancellation_reason in ('PAYMENT_DECLINED', 'OUT_OF_STOCK'))
);
create index ix_orders_user on orders (user_id);
create index ix_orders_status on orders (status);

create table order_lines (
    order_id   uuid           not null,
    line_no    integer        not null,
    product_id uuid           not null,
    quantity   integer        not null,
    unit_price numeric(12, 2) not null,
    constraint order_lines_pkey primary key (order_id, line_no),
    constraint fk_order_lines_order foreign key (order_id) references orders (id)
);

create table order_history (
    order_id uuid                        not null,
    entry_no integer                     not null,
    step     varchar(32)                 not null,
    at       timestamp(6) with time zone not null,
    detail   varchar(500),
    constraint order_history_pkey primary key (order_id, entry_no),
    constraint fk_order_history_order foreign key (order_id) references orders (id),
    constraint order_history_step_check check (step in ('CREATED', 'PAID', 'PAYMENT_DECLINED', 'STOCK_RESERVED',
        'STOCK_REJECTED', 'REFUND_REQUESTED', 'REFUNDED', 'PROCESSED', 'CANCELLED', 'MESSAGE_DEAD_LETTERED'))
);

create table processed_events (
    event_id     uuid                        not null,
    type         varchar(64)                 not null,
    order_id     uuid                        not null,
    processed_at timestamp(6) with time zone not null,
    constraint processed_events_pkey primary key (event_id)
);
create index ix_processed_events_at on processed_events (processed_at);
