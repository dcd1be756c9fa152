package org.budgetflow.publication;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's URLs (no login; {@code /public/*} is outside the API's authentication):
 * <pre>
 * /public, /public/?q=…                     index, search by department name
 * /public/index.json                         open-data catalogue
 * /public/{year}/{dept}                      current version's page
 * /public/{year}/{dept}/v{n}                 a version's page (current or superseded)
 * /public/{year}/{dept}[/v{n}]/{file}        disclosure.pdf|.xlsx|.json|.html, csv.zip
 * /public/{year}/{dept}[/v{n}]/csv/{t}.csv   one table's CSV
 * </pre>
 * Every answer carries an entity tag and {@code Cache-Control: public, max-age=300} (304 on If-None-Match); any other
 * address under /public, an unknown or malformed year, department, version or file is a Chinese 404 page.
 */
@Controller
public class PortalController {
    static final String CACHE_CONTROL = "public, max-age=300";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
    private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
    private static final Pattern DEPARTMENT = Pattern.compile("[0-9A-Za-z_-]{1,16}");
    private static final Pattern VERSION = Pattern.compile("v([1-9]\\d{0,5})");

    private final PublicPortal portal;
    private final NotFoundPage notFound;

    public PortalController(PublicPortal portal, NotFoundPage notFound) {
        this.portal = portal;
        this.notFound = notFound;
    }

    @GetMapping({"/public", "/public/"})
    public ResponseEntity<byte[]> index(@RequestParam(name = "q", required = false) String query,
                                        @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return send(portal.index(query), ifNoneMatch);
    }

    @GetMapping("/public/index.json")
    public ResponseEntity<byte[]> openData(
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return send(portal.openData(), ifNoneMatch);
    }

    @GetMapping({"/public/{year}/{dept}", "/public/{year}/{dept}/"})
    public ResponseEntity<byte[]> page(@PathVariable String year, @PathVariable String dept,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!valid(year, dept)) {
            return notFound();
        }
        return send(portal.page(Integer.parseInt(year), dept, null), ifNoneMatch);
    }

    /** {@code …/v{n}} (a version's page) or {@code …/{file}} (a file of the current version). */
    @GetMapping({"/public/{year}/{dept}/{part}", "/public/{year}/{dept}/{part}/"})
    public ResponseEntity<byte[]> versionOrFile(@PathVariable String year, @PathVariable String dept,
            @PathVariable String part,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!valid(year, dept)) {
            return notFound();
        }
        Optional<Integer> version = version(part);
        if (version.isPresent()) {
            return send(portal.page(Integer.parseInt(year), dept, version.get()), ifNoneMatch);
        }
        return send(portal.file(Integer.parseInt(year), dept, null, part), ifNoneMatch);
    }

    /** {@code …/csv/{t}.csv} (current version) or {@code …/v{n}/{file}}. */
    @GetMapping("/public/{year}/{dept}/{first}/{second}")
    public ResponseEntity<byte[]> fileOrCsv(@PathVariable String year, @PathVariable String dept,
            @PathVariable String first, @PathVariable String second,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!valid(year, dept)) {
            return notFound();
        }
        if (first.equals("csv")) {
            return send(portal.csv(Integer.parseInt(year), dept, null, second), ifNoneMatch);
        }
        Optional<Integer> version = version(first);
        if (version.isEmpty()) {
            return notFound();
        }
        return send(portal.file(Integer.parseInt(year), dept, version.get(), second), ifNoneMatch);
    }

    @GetMapping("/public/{year}/{dept}/{version}/csv/{csv}")
    public ResponseEntity<byte[]> versionCsv(@PathVariable String year, @PathVariable String dept,
            @PathVariable String version, @PathVariable String csv,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Optional<Integer> number = version(version);
        if (!valid(year, dept) || number.isEmpty()) {
            return notFound();
        }
        return send(portal.csv(Integer.parseInt(year), dept, number.get(), csv), ifNoneMatch);
    }

    /** Any other address under /public. */
    @GetMapping("/public/**")
    public ResponseEntity<byte[]> other() {
        return notFound();
    }

    private static boolean valid(String year, String dept) {
        return YEAR.matcher(year).matches() && DEPARTMENT.matcher(dept).matches();
    }

    private static Optional<Integer> version(String part) {
        Matcher m = VERSION.matcher(part);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private ResponseEntity<byte[]> send(Optional<Rendered> rendered, String ifNoneMatch) {
        return rendered.map(r -> send(r, ifNoneMatch)).orElseGet(this::notFound);
    }

    private ResponseEntity<byte[]> send(Rendered rendered, String ifNoneMatch) {
        HttpHeaders headers = headers();
        headers.setETag(rendered.etag());
        headers.setCacheControl(CACHE_CONTROL);
        if (matches(ifNoneMatch, rendered.etag())) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(MediaType.parseMediaType(rendered.contentType()));
        if (rendered.disposition() != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, rendered.disposition());
        }
        return new ResponseEntity<>(rendered.body(), headers, HttpStatus.OK);
    }

    private ResponseEntity<byte[]> notFound() {
        HttpHeaders headers = headers();
        headers.setCacheControl("no-cache");
        headers.setContentType(MediaType.parseMediaType(notFound.page().contentType()));
        return new ResponseEntity<>(notFound.page().body(), headers, HttpStatus.NOT_FOUND);
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return headers;
    }

    /** If-None-Match: {@code *} or a list of (weak or strong) tags, compared weakly as RFC 9110 says for GET. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
