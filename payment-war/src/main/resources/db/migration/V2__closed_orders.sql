-- Orders this service closed because they expired (messaging-support's ClosedOrder): what the
-- service did for one was undone, and every event of it that arrives later is counted and ignored.

create table closed_orders (
    order_id       uuid                        not null,
    closed_at      timestamp(6) with time zone not null,
    ignored_events integer                     not null,
    last_ignored   varchar(200),
    constraint closed_orders_pkey primary key (order_id)
);
