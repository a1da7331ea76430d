package gx.zhicheng.system;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The one encoder of the adapter's log lines (logback-spring.xml), masked in every format. Text lines by default
 * ({@code pattern}, masked by the %msg and %mex converters); with {@code logging.structured.format.console} (or
 * {@code .file}) set to {@code ecs}, {@code logstash} or {@code gelf}, Spring Boot's JSON lines for a log shipper.
 * Spring Boot's structured formats read the event's message directly, past the pattern converters, so here the
 * message is masked as a text line's would be (ID numbers, phones, names in JSON, secrets) before the JSON is written,
 * and ID and phone numbers are masked once more in the whole line: the stack trace, MDC values and any other field.
 */
public class MaskingLogEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern;
    private String format;
    private Charset charset = StandardCharsets.UTF_8;
    private Encoder<ILoggingEvent> delegate;
    private boolean structured;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** A structured format (ecs, logstash, gelf); empty for text lines. */
    public void setFormat(String format) {
        this.format = format;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        structured = format != null && !format.isBlank();
        if (structured) {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setFormat(format.strip());
            json.setCharset(charset);
            delegate = json;
        } else {
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            text.setCharset(charset);
            delegate = text;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (!structured) {
            return delegate.encode(event);
        }
        String line = new String(delegate.encode(maskedMessage(event)), charset);
        return Masking.idAndPhoneNumbers(line).getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }

    /** The event with its formatted message masked; everything else as it was. */
    static ILoggingEvent maskedMessage(ILoggingEvent event) {
        String masked = Masking.mask(event.getFormattedMessage());
        return (ILoggingEvent) Proxy.newProxyInstance(ILoggingEvent.class.getClassLoader(),
                new Class<?>[] {ILoggingEvent.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getFormattedMessage", "getMessage" -> masked;
                    case "getArgumentArray" -> null;
                    default -> method.invoke(event, args);
                });
    }
}
