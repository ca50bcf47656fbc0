package dev.revnas.translate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Serves deployed revnas models: /api/v1/translate, /api/v1/models and the LibreTranslate surface. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TranslationServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(TranslationServiceApplication.class, args);
    }
}
