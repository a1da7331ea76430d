package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An account names its offices or does not start; the scope read back from its authorities. */
class SecurityPropertiesTest {

    private static final String HASH = "{bcrypt}$2a$10$WRG3mwsAMZR26QX8MNoV0uNV58oK8ehD0D8JwH6AeOhj0ETwIXDmm";

    @Test
    void refusesAnAccountWithoutOfficesOrWithAnUnknownPermission() {
        assertThatThrownBy(() -> new SecurityProperties.User("lz", HASH, List.of("VIEWER"), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("offices of lz");
        assertThatThrownBy(() -> new SecurityProperties.User("lz", HASH, List.of("VIEWER"), List.of("LONGZHOU"),
                List.of("EVERYTHING"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("permissions of lz");
    }

    @Test
    void readsTheScopeFromTheAuthorities() {
        OfficeScope county = OfficeScope.of(List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"),
                new SimpleGrantedAuthority("OFFICE_LONGZHOU")));
        OfficeScope city = OfficeScope.of(List.of(new SimpleGrantedAuthority("OFFICE_CITY"),
                new SimpleGrantedAuthority(OfficeScope.ALL_AUTHORITY)));

        assertThat(county.all()).isFalse();
        assertThat(county.sql("d.review_office")).isEqualTo(" (d.review_office IN (?)) ");
        assertThat(OfficeScope.args("GX-1", county, 5)).containsExactly("GX-1", "LONGZHOU", 5);
        assertThat(county.narrowedTo("JIANGZHOU").sql("c")).isEqualTo(" (1 = 0) ");
        assertThat(city.sql("c")).isEqualTo(" (1 = 1) ");
        assertThat(OfficeScope.args("GX-1", city, 5)).containsExactly("GX-1", 5);
        assertThat(city.narrowedTo("LONGZHOU")).isEqualTo(new OfficeScope(false, List.of("LONGZHOU")));
        assertThat(OfficeScope.of(List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))).sql("c")).isEqualTo(" (1 = 0) ");
    }
}
