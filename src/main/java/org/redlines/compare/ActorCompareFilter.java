package org.redlines.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redlines.positions.ActorInfo;
import org.redlines.positions.Catalog;
import org.redlines.positions.MatrixFilter;
import org.redlines.positions.MatrixParams;
import org.redlines.positions.Notice;
import org.redlines.positions.QueryReader;
import org.redlines.positions.Verdict;

/**
 * The party-vs-party comparison's state: the matrix's plan, topics, text and date filters (same parameter
 * names), the two parties {@code a} and {@code b}, and an optional verdict to show alone.
 */
public record ActorCompareFilter(MatrixFilter base, String a, String b, Verdict verdict) {

    public static final String A = "a";
    public static final String B = "b";
    public static final String VERDICT = "verdict";

    private static final List<String> SHARED =
            List.of(MatrixParams.PLAN, MatrixParams.TOPICS, MatrixParams.QUERY, MatrixParams.AS_OF);

    public record Parsed(ActorCompareFilter filter, List<Notice> notices) {}

    public ActorCompareFilter withBase(MatrixFilter newBase) {
        return new ActorCompareFilter(newBase, a, b, verdict);
    }

    public ActorCompareFilter withA(String newA) {
        return new ActorCompareFilter(base, newA, b, verdict);
    }

    public ActorCompareFilter withB(String newB) {
        return new ActorCompareFilter(base, a, newB, verdict);
    }

    public ActorCompareFilter withVerdict(Verdict newVerdict) {
        return new ActorCompareFilter(base, a, b, newVerdict);
    }

    /** Reads a link; without {@code a} and {@code b} the first and the last party are compared. */
    public static Parsed parse(Map<String, List<String>> params, Catalog catalog) {
        Map<String, List<String>> shared = new LinkedHashMap<>();
        SHARED.forEach(name -> {
            if (params.containsKey(name)) {
                shared.put(name, params.get(name));
            }
        });
        MatrixParams.Parsed base = MatrixParams.parse(shared, catalog);
        QueryReader in = new QueryReader(params);
        base.notices().forEach(in::notice);
        String a = in.code(A, c -> catalog.actor(c).isPresent());
        String b = in.code(B, c -> catalog.actor(c).isPresent());
        List<ActorInfo> actors = catalog.actors();
        if (a == null) {
            a = actors.isEmpty() ? null : actors.getFirst().code();
        }
        if (b == null) {
            b = actors.isEmpty() ? null : actors.getLast().code();
        }
        if (a != null && a.equals(b) && actors.size() > 1) {
            String same = b;
            b = actors.stream()
                    .map(ActorInfo::code)
                    .filter(c -> !c.equals(same))
                    .reduce((x, y) -> y)
                    .orElseThrow();
            in.notice(Notice.SAME_PARTY, B, same, b);
        }
        String verdictCode = in.single(VERDICT);
        Verdict verdict = null;
        if (verdictCode != null) {
            verdict = Verdict.fromCode(verdictCode).orElse(null);
            if (verdict == null) {
                in.notice(Notice.UNKNOWN, VERDICT, verdictCode);
            }
        }
        return new Parsed(new ActorCompareFilter(base.filter(), a, b, verdict), in.notices());
    }

    public Map<String, List<String>> toParameters(Catalog catalog) {
        Map<String, List<String>> out = new LinkedHashMap<>(MatrixParams.toParameters(base, catalog));
        out.put(A, List.of(a));
        out.put(B, List.of(b));
        if (verdict != null) {
            out.put(VERDICT, List.of(verdict.code()));
        }
        return out;
    }
}
