package dev.courier.gateway.downstream.control;

import io.opentelemetry.context.Context;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Takes the caller's trace context, on the caller's thread: it runs before fault tolerance's
 * interceptor ({@code PLATFORM_AFTER + 10} in SmallRye Fault Tolerance), which hands the same
 * invocation to another thread. See {@link TraceContextCarried}.
 */
@TraceContextCarried
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TraceContextCapture {

    static final String KEY = TraceContextCarried.class.getName();

    @AroundInvoke
    Object capture(InvocationContext invocation) throws Exception {
        invocation.getContextData().put(KEY, Context.current());
        return invocation.proceed();
    }
}
