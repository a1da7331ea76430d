package gx.zhicheng.web;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets a controller method take an {@link OfficeScope} parameter: the logged-in user's, resolved in one place. */
@Configuration(proxyBeanMethods = false)
class OfficeScopeConfig implements WebMvcConfigurer {

    static {
        // the scope and the principal come from the login, not from the request: no parameter in /v3/api-docs
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(OfficeScope.class, Authentication.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == OfficeScope.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                          WebDataBinderFactory binders) {
                Authentication who = SecurityContextHolder.getContext().getAuthentication();
                // nobody logged in sees nothing (the security chain refuses such calls before they get here)
                return who == null || !who.isAuthenticated() ? new OfficeScope(false, List.of())
                        : OfficeScope.of(who.getAuthorities());
            }
        });
    }
}
