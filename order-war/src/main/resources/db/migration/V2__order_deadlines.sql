-- Every order has a deadline: an order not final by then is expired, its steps undone (CANCELLING),
-- and it ends CANCELLED with reason TIMED_OUT, or NEEDS_ATTENTION when undoing failed. Orders placed
-- before this version get the default of 15 minutes from their creation.

alter table orders add column deadline timestamp(6) with time zone;
update orders set deadline = created_at + interval '15 minutes';
alter table orders alter column deadline set not null;
create index ix_orders_status_deadline on orders (status, deadline);

alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check
    check (status in ('PENDING', 'PROCESSED', 'CANCELLED', 'CANCELLING', 'NEEDS_ATTENTION'));
alter table orders drop constraint orders_cancellation_reason_check;
alter table orders add constraint orders_cancellation_reason_check
    check (cancellation_reason in ('PAYMENT_DECLINED', 'OUT_OF_STOCK', 'TIMED_OUT'));

alter table order_history drop constraint order_history_step_check;
alter table order_history add constraint order_history_step_check check (step in ('CREATED', 'PAID',
    'PAYMENT_DECLINED', 'STOCK_RESERVED', 'STOCK_REJECTED', 'REFUND_REQUESTED', 'REFUNDED', 'PROCESSED',
    'CANCELLED', 'MESSAGE_DEAD_LETTERED', 'TIMED_OUT', 'PAYMENT_RELEASED', 'STOCK_RELEASED', 'NEEDS_ATTENTION',
    'LATE_EVENT_IGNORED'));
