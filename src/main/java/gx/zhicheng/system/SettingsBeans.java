package gx.zhicheng.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The branches of {@link ZhichengProperties} that a module injects on their own, so that a class asks for
 * what it uses (the login throttle for {@link WebProperties}, the rules for {@link ZhichengProperties.Rules})
 * while the tree stays bound, validated and checked for unknown keys in one place.
 */
@Configuration(proxyBeanMethods = false)
class SettingsBeans {

    @Bean
    SecurityProperties securityProperties(ZhichengProperties properties) {
        return properties.security();
    }

    @Bean
    WebProperties webProperties(ZhichengProperties properties) {
        return properties.web();
    }

    @Bean
    ZhichengProperties.Rules rulesProperties(ZhichengProperties properties) {
        return properties.rules();
    }

    @Bean
    ZhichengProperties.Documents documentsProperties(ZhichengProperties properties) {
        return properties.documents();
    }
}
