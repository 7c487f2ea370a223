package dev.courier.gateway.downstream.control;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Makes the caller's trace context current on the thread that runs the call, after fault
 * tolerance's interceptor, and takes it off again when the call returns. See {@link TraceContextCarried}.
 */
@TraceContextCarried
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 20)
public class TraceContextRestore {

    @AroundInvoke
    Object restore(InvocationContext invocation) throws Exception {
        Object caller = invocation.getContextData().get(TraceContextCapture.KEY);
        if (!(caller instanceof Context context)) {
            return invocation.proceed();
        }
        try (Scope scope = context.makeCurrent()) {
            return invocation.proceed();
        }
    }
}
