-- What the inventory needs to undo its step of an expired order: which orders it took stock for
-- (stock_reservations; the lines are the order's), and the orders it closed (messaging-support's
-- ClosedOrder): what it did for one was undone, and every event of it that arrives later is counted
-- and ignored.

create table stock_reservations (
    order_id    uuid                        not null,
    reserved_at timestamp(6) with time zone not null,
    released_at timestamp(6) with time zone,
    constraint stock_reservations_pkey primary key (order_id)
);
create index ix_stock_reservations_at on stock_reservations (reserved_at);

create table closed_orders (
    order_id       uuid                        not null,
    closed_at      timestamp(6) with time zone not null,
    ignored_events integer                     not null,
    last_ignored   varchar(200),
    constraint closed_orders_pkey primary key (order_id)
);
