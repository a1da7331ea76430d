package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An account names its offices or does not start. */
class SecurityPropertiesTest {

    private static final String HASH = "{bcrypt}$2a$10$WRG3mwsAMZR26QX8MNoV0uNV58oK8ehD0D8JwH6AeOhj0ETwIXDmm";

    @Test
    void refusesAnAccountWithoutOfficesOrWithAnUnknownPermission() {
        assertThatThrownBy(() -> new SecurityProperties.User("lz", HASH, List.of("VIEWER"), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("offices of lz");
        assertThatThrownBy(() -> new SecurityProperties.User("lz", HASH, List.of("VIEWER"), List.of("LONGZHOU"),
                List.of("EVERYTHING"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("permissions of lz");
    }
}
