package gx.zhicheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhichengSyncApplication {
    public static void main(String[] args) {
        SpringApplication.run(ZhichengSyncApplication.class, args);
    }
}
