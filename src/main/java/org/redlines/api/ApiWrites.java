package org.redlines.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.redlines.dataset.Stance;
import org.redlines.positions.CurationService;
import org.redlines.positions.CurationService.PositionEdit;
import org.redlines.positions.Drafts.PositionDraft;
import org.redlines.positions.PositionInfo;
import org.redlines.positions.ReviewService;
import org.redlines.positions.SourceInfo;
import org.redlines.positions.Submission;
import org.redlines.routes.Routes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writes for analysts: add a position entry to a cell and correct an entry, through the same service as the
 * editing forms, so the same rules, roles, history and version check apply (a correction over a newer version is a
 * {@code 409} carrying what is stored). A personal token must have the write scope; a signed-in session needs its
 * CSRF token like any form.
 */
@RestController
@Tag(name = "Writing", description = "Position entries, for analysts")
@RequestMapping(value = "/" + Routes.API + "positions", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiWrites {

    private final CurationService curation;
    private final ReviewService review;

    ApiWrites(CurationService curation, ReviewService review) {
        this.curation = curation;
        this.review = review;
    }

    /** An entry as a correction starts from, with its version (also its ETag); analysts only. */
    @Operation(summary = "An entry with its version, as a correction starts from (analysts).")
    @GetMapping("{id}")
    ResponseEntity<ApiModel.PositionDocument> entry(@PathVariable long id) {
        ApiModel.PositionDocument entry = stored(curation.positionForEdit(id));
        return ResponseEntity.ok().eTag(String.valueOf(entry.version())).body(entry);
    }

    @Operation(
            summary = "Adds a dated entry to a cell (analysts; a token needs the write scope). With review required"
                    + " the answer is 202 with the draft's number: another analyst publishes it.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> add(@RequestBody ApiModel.PositionBody body) {
        requireWriteScope();
        for (String[] field : new String[][] {{"plan", body.plan()}, {"ref", body.ref()}, {"actor", body.actor()}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw ApiProblem.invalidField(field[0], null, "required", "The " + field[0] + " is required.");
            }
        }
        Submission<PositionInfo> sent = review.addPosition(body.plan(), body.ref(), body.actor(), draft(body));
        if (sent.pending()) {
            return pending(sent);
        }
        ApiModel.PositionDocument entry =
                stored(curation.positionForEdit(sent.published().id()));
        return ResponseEntity.created(URI.create("/" + Routes.API + "positions/" + entry.id()))
                .eTag(String.valueOf(entry.version()))
                .body(entry);
    }

    /** The version comes from the body's {@code version} or from {@code If-Match}; one of them is required. */
    @Operation(
            summary = "Corrects an entry; name the version corrected (body or If-Match). With review required the"
                    + " answer is 202 with the draft's number.")
    @PutMapping(value = "{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> correct(
            @PathVariable long id,
            @RequestBody ApiModel.PositionBody body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireWriteScope();
        long version = version(body.version(), ifMatch);
        Submission<PositionInfo> sent = review.correctPosition(id, version, draft(body));
        if (sent.pending()) {
            return pending(sent);
        }
        ApiModel.PositionDocument entry = stored(curation.positionForEdit(id));
        return ResponseEntity.ok().eTag(String.valueOf(entry.version())).body(entry);
    }

    /** 202: kept as a draft until another analyst or an administrator reviews it. */
    private static ResponseEntity<Object> pending(Submission<?> sent) {
        return ResponseEntity.accepted()
                .body(new ApiModel.DraftDocument(
                        sent.draft(),
                        "pending-review",
                        "Review is required here: another analyst or an administrator publishes it on the Review"
                                + " page (/" + Routes.REVIEW + ")."));
    }

    private static long version(Long fromBody, String ifMatch) {
        if (fromBody != null) {
            return fromBody;
        }
        if (ifMatch != null) {
            String text = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw ApiProblem.invalidField(
                        "If-Match", ifMatch, "not-a-version", "If-Match must be the entry's ETag, such as \"3\".");
            }
        }
        throw ApiProblem.invalidField(
                "version",
                null,
                "required",
                "Name the version you corrected: the body's version or an If-Match header with the entry's ETag.");
    }

    /** A token that may only read cannot write, whatever its owner's role; a session has no scope to check. */
    private static void requireWriteScope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return;
        }
        List<String> scopes = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("SCOPE_"))
                .toList();
        if (!scopes.isEmpty() && !scopes.contains("SCOPE_WRITE")) {
            throw new AccessDeniedException("This token may only read.");
        }
    }

    private static PositionDraft draft(ApiModel.PositionBody body) {
        Stance stance = null;
        if (body.stance() != null) {
            stance = Stance.fromCode(body.stance())
                    .orElseThrow(() -> ApiProblem.invalidField(
                            "stance",
                            body.stance(),
                            "unknown",
                            "The stance must be one of: "
                                    + String.join(
                                            ", ",
                                            Arrays.stream(Stance.values())
                                                    .map(Stance::code)
                                                    .toList())
                                    + "."));
        }
        List<SourceInfo> sources = new ArrayList<>();
        List<ApiModel.SourceBody> given = body.sources() == null ? List.of() : body.sources();
        for (int i = 0; i < given.size(); i++) {
            ApiModel.SourceBody s = given.get(i);
            sources.add(new SourceInfo(
                    s.publisher(), s.title(), s.url(), date("sources[" + i + "].date", s.date()), s.grade()));
        }
        return new PositionDraft(
                stance, Boolean.TRUE.equals(body.redLine()), body.summary(), date("asOf", body.asOf()), sources);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(field, text, "not-a-date", "Dates are ISO dates, such as 2026-06-01.");
        }
    }

    /** What is stored of an entry, as the API shows it (also in a 409's {@code current}). */
    static ApiModel.PositionDocument stored(PositionEdit edit) {
        PositionDraft d = edit.draft();
        return new ApiModel.PositionDocument(
                edit.id(),
                edit.version(),
                edit.plan(),
                edit.ref(),
                edit.actorCode(),
                d.stance().code(),
                d.redLine(),
                d.asOf(),
                d.summary(),
                d.sources().stream()
                        .map(s -> new ApiModel.Source(s.publisher(), s.title(), s.url(), s.date(), s.grade()))
                        .toList());
    }
}
