package gx.zhicheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The offices a user may see, read back from the authorities SecurityConfig grants, and the SQL that limits a query to them. */
class OfficeScopeAuthoritiesTest {

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
