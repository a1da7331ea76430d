package gx.zhicheng.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback converter for %msg: every log line, Camel's included, goes through {@link Masking}. */
public class MaskingConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Masking.mask(super.convert(event));
    }
}
