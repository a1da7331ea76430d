package gx.zhicheng.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins and failed logins on record, from Spring Security's events (the throttle in web.LoginThrottle sits inside
 * the same provider). A console login is recorded; Basic credentials, checked again on every API call, are not
 * recorded on success (each action they take is), only when they fail.
 */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()), "LOGIN", null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(String.valueOf(event.getAuthentication().getName()), address(event.getAuthentication().getDetails()),
                "LOGIN_FAILED", null, event.getException().getClass().getSimpleName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : AuditLog.currentAddress();
    }
}
