package org.budgetflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Over HTTP, the Camunda webapp starter serves our Chinese Tasklist locale and our config.js, not the webjar's
 * (the starter maps /camunda/app/** to classpath:/META-INF/resources/webjars/camunda/app/, and our resources come
 * first on the classpath), while the webjar's own files such as en.json are still served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChineseWebappsServedTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void serves_our_chinese_tasklist_labels() {
        ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/tasklist/locales/zh.json", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode served = WebappLocales.json(new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(served.at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("登录");
        assertThat(served).isEqualTo(WebappLocales.json(
                WebappLocales.ourCopy(WebappLocales.path("tasklist", "locales/zh.json"))));
    }

    @Test
    void serves_our_tasklist_config_instead_of_the_webjars() {
        ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ChineseWebappConfigTest.availableLocales(response.getBody())).containsExactly("zh", "en");
        assertThat(ChineseWebappConfigTest.fallbackLocale(response.getBody())).isEqualTo("zh");
        assertThat(response.getBody()).contains("shortcuts");
    }

    @Test
    void still_serves_the_english_labels_of_the_webjar() {
        ResponseEntity<byte[]> response = http.getForEntity("/camunda/app/tasklist/locales/en.json", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode served = WebappLocales.json(new String(response.getBody(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", ""));
        assertThat(served.at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Log in");
    }
}
