package dev.courier.gateway.downstream.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The caller's trace context goes along into a fault-tolerant call that runs asynchronously
 * ({@code @Asynchronous}): the REST client's call on the other thread is then a span of the caller's
 * trace, and the downstream service continues that trace. MicroProfile Fault Tolerance hands the call
 * to another thread without the OpenTelemetry context; {@link TraceContextCapture} takes it on the
 * caller's thread, before fault tolerance, and {@link TraceContextRestore} makes it current on the
 * thread that runs the call, after it.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface TraceContextCarried {}
