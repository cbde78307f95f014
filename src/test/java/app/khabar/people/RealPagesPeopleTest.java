package app.khabar.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.khabar.corpus.DirectoryCorpusSource;
import app.khabar.pipeline.CorpusModel;
import app.khabar.pipeline.CorpusPipeline;

/**
 * People on real pages from many sites, read by the whole pipeline (page reading, recognition, resolution) and
 * scored against their annotation. The bars are floors under today's figures, so a change that loses ground on
 * real pages fails here; the figures themselves are printed and quoted in the README.
 * <ul>
 *   <li>{@code dev/}: 30 pages from 30 sites, looked at while developing;</li>
 *   <li>{@code holdout/}: 39 pages from 39 other sites, annotated separately, for measuring how rules carry over;</li>
 *   <li>{@code holdout2/}: 36 pages from 36 further sites, annotated blind (first measure F1 0.742), then studied;</li>
 *   <li>{@code holdout3/}: 30 pages from 30 further sites, annotated blind (first measure F1 0.819), then studied;</li>
 *   <li>{@code holdout4/}: 25 pages from 25 further sites, sealed: measured, never studied (F1 0.788).</li>
 *   <li>{@code dev2/}: 207 pages from 183 further sites, annotated blind (first measure F1 0.778), then studied.</li>
 *   <li>{@code holdout5/}: 80 pages from 80 further sites, annotated blind (first measure F1 0.815), then studied;</li>
 *   <li>{@code holdout6/}: 40 pages from 40 further sites of the same pool, sealed (first measure F1 0.710).</li>
 *   <li>{@code holdout7/}: 100 pages from 100 further sites, annotated blind (first measure F1 0.793), then studied.</li>
 *   <li>{@code holdout8/}: 100 pages from 100 further sites, blind (first measure F1 0.879), then studied.</li>
 *   <li>{@code holdout9/}: 100 pages from 100 further sites, blind (first measure F1 0.798), then studied.</li>
 *   <li>{@code holdout10/}: 100 pages from 100 further sites, blind (first measure F1 0.733), then studied.</li>
 *   <li>{@code holdout11/}: 60 pages from 60 further sites, blind (first measure F1 0.743), then studied.</li>
 *   <li>{@code holdout12/}: 36 pages from 36 further sites, sealed (first measure F1 0.839, with the learned tagger).</li>
 *   <li>{@code holdout13/}: 40 pages from 40 further sites, sealed (first measure F1 0.847).</li>
 *   <li>{@code holdout14/}: 23 pages from 23 further sites, blind (first measure F1 0.843), then studied.</li>
 *   <li>{@code holdout15/}: 21 pages from 21 further sites, blind (first measure F1 0.831), then studied.</li>
 *   <li>{@code holdout16/}: 22 pages from 22 further sites, blind (first measure F1 0.874), then studied.</li>
 *   <li>{@code holdout17/}: 20 pages from 20 further sites, blind (first measure F1 0.813), then studied.</li>
 *   <li>{@code holdout18/}: 22 pages from 22 further sites, blind (first measure F1 0.879), then studied.</li>
 *   <li>{@code holdout19/}: 15 pages from 15 further sites, blind (first measure F1 0.745), then studied.</li>
 *   <li>{@code holdout20/}: 22 pages from 22 further sites, blind (first measure F1 0.737), then studied.</li>
 *   <li>{@code holdout21/}: 20 pages from 20 further sites, blind (first measure F1 0.897; 0.916 with the session's
 *       changes, before any of its misses was read).</li>
 *   <li>{@code holdout22/}: 22 pages from 22 further sites, blind (first measure F1 0.821), then studied.</li>
 *   <li>{@code holdout23/}: 16 pages from 16 further sites, blind through the session of its first measure
 *       (0.849 at that session's start and at its end), then studied.</li>
 *   <li>{@code holdout24/}: 23 pages from 23 further sites, blind (first measure F1 0.893), then studied.</li>
 *   <li>{@code holdout25/}: 20 pages from 20 further sites, blind (first measure F1 0.892), then studied.</li>
 *   <li>{@code holdout26/}: 25 pages from 25 further sites, blind (first measure F1 0.870), then studied.</li>
 *   <li>{@code holdout27/}: 25 pages from 25 further sites, blind (first measure F1 0.852), then studied.</li>
 *   <li>{@code holdout28/}: 25 pages from 25 further sites, blind (first measure F1 0.859, kept blind to the end of
 *   the session that added it), then studied.</li>
 *   <li>{@code holdout29/}: 25 pages from 25 further sites, blind (first measure F1 0.840), then studied.</li>
 *   <li>{@code holdout30/}: 25 pages from 25 further sites, blind (first measure F1 0.794: one page's two unpunctuated
 *   paragraphs of 15 names were read as a ticker), then studied.</li>
 *   <li>{@code holdout31/}: 25 pages from 25 further sites, blind through the session that added it (F1 0.872 at
 *   its start and at its end).</li>
 *   <li>{@code holdout32/}: 25 pages from 25 further sites, blind (first measure F1 0.843), then studied.</li>
 *   <li>{@code holdout33/}: 25 pages from 25 further sites, blind (first measure F1 0.836), then studied.</li>
 *   <li>{@code holdout34/}: 25 pages from 25 further sites, blind through the session that added it (F1 0.856 at
 *   its start, 0.866 at its end).</li>
 *   <li>{@code holdout35/}: 25 pages from 25 further sites, blind through the session that added it (F1 0.877 at
 *   its start and at its end).</li>
 *   <li>{@code holdout36/}: 25 pages from 25 further sites, blind (first measure F1 0.867), then studied.</li>
 *   <li>{@code holdout37/}: 25 pages from 25 further sites, blind (first measure F1 0.912), then studied.</li>
 *   <li>{@code holdout38/}: 24 pages from 24 further sites, blind (first measure F1 0.906), then studied.</li>
 *   <li>{@code holdout39/}: 25 pages from 25 further sites, blind (first measure F1 0.874), then studied.</li>
 *   <li>{@code holdout40/}: 24 pages from 24 further sites, blind (first measure F1 0.803), then studied.</li>
 *   <li>{@code holdout41/}: 25 pages from 25 further sites, blind (first measure F1 0.694: one page's two line-ups of
 *   sixteen players written without separators), then studied.</li>
 *   <li>{@code holdout42/}: 18 pages from 18 further sites, blind (first measure F1 0.757), then studied.</li>
 *   <li>{@code holdout43/}: 10 pages from 10 further sites, blind (first measure F1 0.739), then studied.</li>
 *   <li>{@code holdout44/}: 17 pages from 17 further sites, blind (first measure F1 0.772), then studied.</li>
 *   <li>{@code holdout45/}: 11 pages from 11 further sites, blind (first measure F1 0.893), then studied.</li>
 *   <li>{@code holdout46/}: 18 pages from 18 further sites, blind (first measure F1 0.867), then studied.</li>
 *   <li>{@code holdout47/}: 14 pages from 14 further sites, blind (first measure F1 0.881), then studied.</li>
 *   <li>{@code holdout48/}: 18 pages from 18 further sites, blind (first measure F1 0.878), then studied.</li>
 *   <li>{@code holdout49/}: 15 pages from 15 further sites, blind (first measure F1 0.836), then studied.</li>
 *   <li>{@code holdout50/}: 16 pages from 16 further sites, blind (first measure F1 0.817), then studied.</li>
 *   <li>{@code holdout51/}: 15 pages from 15 further sites, blind (first measure F1 0.892), then studied.</li>
 *   <li>{@code holdout52/}: 18 pages from 18 further sites, blind (first measure F1 0.840), then studied.</li>
 *   <li>{@code holdout53/}: 16 pages from 16 further sites, blind (first measure F1 0.872), then studied.</li>
 *   <li>{@code holdout54/}: 16 pages from 16 further sites, blind (first measure F1 0.862), then studied.</li>
 *   <li>{@code holdout55/}: 17 pages from 17 further sites, blind (first measure F1 0.800), then studied.</li>
 *   <li>{@code holdout56/}: 16 pages from 16 further sites, blind (first measure F1 0.925), then studied.</li>
 *   <li>{@code holdout57/}: 15 pages from 15 further sites, blind (first measure F1 0.908), then studied.</li>
 *   <li>{@code holdout58/}: 17 pages from 17 further sites, blind (F1 0.769 with the starting code of the session that
 *   added it and with its rules), then studied.</li>
 *   <li>{@code holdout59/}: 15 pages from 15 further sites, blind (F1 0.887 with the starting code of the session that
 *   added it and with its rules), then studied.</li>
 *   <li>{@code holdout60/}: 17 pages from 17 further sites, blind (first measure F1 0.860), then studied.</li>
 *   <li>{@code holdout61/}: 15 pages from 15 further sites, blind (first measure F1 0.914), then studied.</li>
 *   <li>{@code holdout62/}: 17 pages from 17 further sites, blind (first measure F1 0.869), then studied.</li>
 *   <li>{@code holdout63/}: 15 pages from 15 further sites, blind (first measure F1 0.914), then studied.</li>
 *   <li>{@code holdout64/}: 15 pages from 15 further sites, blind (F1 0.871 with the starting code of the session that
 *   added it, 0.865 with its rules), then studied.</li>
 *   <li>{@code holdout65/}: 11 pages from 11 further sites, blind (F1 0.863 with the starting code of the session that
 *   added it and with its rules), then studied.</li>
 *   <li>{@code holdout66/}: 15 pages from 15 further sites, blind (first measure F1 0.907), then studied.</li>
 *   <li>{@code holdout67/}: 15 pages from 15 further sites, blind (first measure F1 0.685, five of its twelve invented
 *   names and five of its eleven missed ones on one page of kunyas before whole names), then studied.</li>
 *   <li>{@code holdout68/}: 16 pages from 16 further sites, blind (first measure F1 0.884), then studied.</li>
 *   <li>{@code holdout69/}: 16 pages from 16 further sites, blind (first measure F1 0.886), then studied.</li>
 *   <li>{@code holdout70/}: 16 pages from 16 further sites, blind (first measure F1 0.881), then studied.</li>
 *   <li>{@code holdout71/}: 15 pages from 15 further sites, blind (first measure F1 0.884), then studied.</li>
 *   <li>{@code holdout72/}: 16 pages from 16 further sites (two of them outlets an earlier set read under another
 *   domain), blind (first measure F1 0.792), then studied.</li>
 *   <li>{@code holdout73/}: 15 pages from 15 further sites, blind (F1 0.862 with the starting code of the session that
 *   added it, 0.875 with its rules of the day), then studied.</li>
 *   <li>{@code holdout74/}: 16 pages from 16 further sites, blind (F1 0.813 with the starting code of the session that
 *   added it, 0.800 with its rules of the day), then studied.</li>
 *   <li>{@code holdout75/}: 15 pages from 15 further sites, blind (first measure F1 0.841), then studied.</li>
 *   <li>{@code holdout76/}: 15 pages from 15 further sites, blind (first measure F1 0.931).</li>
 *   <li>{@code holdout77/}: 16 pages from 16 further sites, blind (first measure F1 0.877).</li>
 *   <li>{@code holdout78/}: 10 pages from 10 further sites, collected in two parts, blind (first measure F1 0.897).</li>
 *   <li>{@code holdout79/}: 16 pages from 16 sites, 12 of them sites an earlier set read (other pages), blind (first
 *       measure F1 0.871).</li>
 *   <li>{@code holdout80/}: 14 pages from 14 sites, 12 of them sites an earlier set read (other pages), blind (first
 *       measure F1 0.787).</li>
 *   <li>{@code holdout81/} and {@code holdout82/}: 20 and 16 pages, 22 of their 36 sites read by an earlier set (other
 *       pages), blind, measured at the end of the session that studied holdout79 and holdout80 (F1 0.890 and 0.883).</li>
 *   <li>{@code holdout83/} and {@code holdout84/}: 17 and 16 pages, 26 of their 33 sites read by an earlier set (other
 *       pages), blind, measured in the session after (F1 0.868 and 0.862; the same with that session's starting
 *       code).</li>
 *   <li>{@code holdout85/} and {@code holdout86/}: 16 and 16 pages, 25 of their 32 sites read by an earlier set (other
 *       pages), blind (first measure F1 0.882 and 0.800; the same with that session's starting code).</li>
 *   <li>{@code holdout87/} and {@code holdout88/}: 16 and 16 pages, 22 of their 32 sites read by an earlier set (other
 *       pages), blind, annotated while the same session studied holdout85 and holdout86 (first measure F1 0.899 and
 *       0.902; the same with that session's starting code).</li>
 *   <li>{@code holdout89/} and {@code holdout90/}: 16 and 16 pages, 23 of their 32 sites read by an earlier set (other
 *       pages), blind, measured with the code at the end of that session (F1 0.916 and 0.894; the same with its
 *       starting code).</li>
 *   <li>{@code holdout91/} and {@code holdout92/}: 16 and 16 pages, 27 of their 32 sites read by an earlier set (other
 *       pages), blind, measured in the session after before a miss was read (F1 0.940 and 0.889; the same with that
 *       session's starting code).</li>
 *   <li>{@code holdout93/} and {@code holdout94/}: 16 and 16 pages, 25 of their 32 sites read by an earlier set (other
 *       pages), blind, annotated while the same session studied holdout91 and holdout92 (first measure F1 0.877 and
 *       0.876; the same with that session's starting code).</li>
 *   <li>{@code holdout95/} and {@code holdout96/}: 16 and 16 pages, 24 of their 32 sites read by an earlier set (other
 *       pages), blind, annotated while the same session studied holdout93 and holdout94 (first measure F1 0.877 and
 *       0.917; the same with that session's starting code).</li>
 *   <li>{@code holdout97/} and {@code holdout98/}: 16 and 16 pages, 25 of their 32 sites read by an earlier set (other
 *       pages), blind, annotated while the same session studied holdout95 and holdout96 (first measure F1 0.897 and
 *       0.848; the same with that session's starting code).</li>
 *   <li>{@code holdout99/} and {@code holdout100/}: 16 and 16 pages, 23 of their 32 sites read by an earlier set (other
 *       pages), blind, annotated while the same session studied holdout97 and holdout98 (first measure F1 0.972 and
 *       0.897; the same with that session's starting code).</li>
 *   <li>{@code holdout101/} and {@code holdout102/}: 16 and 16 pages, 20 of their 32 sites read by an earlier set (other
 *       pages), blind, annotated while the session after studied holdout91 to holdout100 (first measure F1 0.909 and
 *       0.875; the same with that session's starting code).</li>
 *   <li>{@code holdout103/} and {@code holdout104/}: 16 and 16 pages, 26 of their 32 sites read by an earlier set
 *       (other pages), blind, annotated while the session after studied all the sets (first measure F1 0.819 and
 *       0.871; the same with that session's starting code).</li>
 *   <li>{@code holdout105/} to {@code holdout108/}: 16 pages each, 45 of their 64 sites read by an earlier set (other
 *       pages), blind, annotated while the session after trained the tagger on more sets (first measure F1 0.921,
 *       0.890, 0.817 and 0.868; 0.916, 0.890, 0.802 and 0.868 with that session's starting code).</li>
 *   <li>{@code holdout109/} to {@code holdout112/}: 16 pages each, 51 of their 64 sites read by an earlier set (other
 *       pages), blind, annotated in the same session once the tagger had been retrained (first measure F1 0.901,
 *       0.881, 0.915 and 0.907; the same with that session's starting code but 0.895 for holdout109).</li>
 *   <li>{@code holdout113/} to {@code holdout116/}: 16 pages each, 51 of their 64 sites read by an earlier set (other
 *       pages), blind, annotated in the same session (first measure F1 0.856, 0.862, 0.879 and 0.888; the same
 *       with that session's starting code but 0.893 for holdout116).</li>
 *   <li>{@code holdout117/} to {@code holdout120/}: 16 pages each, 49 of their 64 sites read by an earlier set (other
 *       pages), blind, annotated at the end of the same session and measured with its final code (first measure F1
 *       0.934, 0.916, 0.814 and 0.884; 0.918, 0.916, 0.819 and 0.877 with that session's starting code).</li>
 *   <li>{@code holdout121/}, {@code holdout122/} (end of that session) and {@code holdout125/} (the session after):
 *       16 pages each, blind, first measured 0.932, 0.831 and 0.921; 0.932, 0.831 and 0.929 with the code of the
 *       session after (0.938 and 0.810 for the first two with the older session's starting code).</li>
 *   <li>{@code holdout129/} (the second session of 2026-12-05): 16 pages from 16 sites starting n–z, blind, first
 *       measured 0.964, the same with that session's starting code.</li>
 *   <li>{@code holdout130/} (sites a–k) and {@code holdout131/} (sites l–z), the third session of 2026-12-05: 16 pages
 *       each from 16 sites, blind, first measured 0.940 and 0.848, the same with that session's starting code; 0.946
 *       and 0.874 at its end.</li>
 *   <li>{@code holdout132/} (sites a–k) and {@code holdout133/} (sites l–z), the fourth session of 2026-12-05: 16 pages
 *       each from 16 sites, blind, first measured 0.870 and 0.910, the same with that session's starting code.</li>
 *   <li>{@code holdout134/} (sites a–k) and {@code holdout135/} (sites l–z), later in that session: 16 pages each from
 *       16 sites, blind, first measured 0.898 and 0.867, the same with that session's starting code (0.910 and 0.867
 *       with the code of the session before's start).</li>
 *   <li>{@code holdout136/} (sites a–k) and {@code holdout137/} (sites l–z), the fifth session of 2026-12-05: 16 pages
 *       each from 16 sites, blind, first measured 0.904 with that session's starting code and with its first change,
 *       and 0.920 with its starting code, 0.933 with its first change (الطالب heading a role).</li>
 *   <li>{@code holdout138/} (sites a–k) and {@code holdout139/} (sites l–z), later in that session: 16 pages each
 *       from 16 sites, blind, first measured 0.916 and 0.817 with the code of the time (0.909 and 0.817 with the
 *       session's starting code).</li>
 *   <li>{@code holdout140/} (sites a–k) and {@code holdout141/} (sites l–z), later still in that session: 16 pages
 *       each from 16 sites, blind, first measured 0.870 and 0.893, the same with the session's starting code.</li>
 * </ul>
 */
class RealPagesPeopleTest {

    @Test
    void devPages() throws IOException {
        PeopleScore.Result result = score("dev");
        assertEquals(0, result.falseMerges(), "false merges " + result);
        assertEquals(result.goldMatched(), result.oneId(), "every cross-page person under one id " + result);
        assertTrue(result.precision() >= 0.95 && result.f1() >= 0.93, "dev pages " + result);
    }

    /** The studied holdouts: floors under what each reached once its misses were read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout, 0.89", "holdout2, 0.88", "holdout3, 0.86", "dev2, 0.86", "holdout5, 0.88", "holdout7, 0.82",
            "holdout8, 0.88", "holdout9, 0.84", "holdout10, 0.80",
            "holdout11, 0.77", "holdout14, 0.81", "holdout15, 0.80",
            "holdout16, 0.84", "holdout17, 0.78", "holdout18, 0.89", "holdout19, 0.83",
            "holdout20, 0.81", "holdout21, 0.90", "holdout22, 0.84",
            "holdout23, 0.82", "holdout24, 0.89", "holdout25, 0.91", "holdout26, 0.87", "holdout27, 0.83",
            "holdout28, 0.84", "holdout29, 0.87", "holdout30, 0.87", "holdout31, 0.87", "holdout32, 0.87",
            "holdout33, 0.83", "holdout34, 0.86", "holdout35, 0.87", "holdout36, 0.86", "holdout37, 0.92",
            "holdout38, 0.92", "holdout39, 0.90",
            "holdout40, 0.79", "holdout41, 0.70",
            "holdout42, 0.80", "holdout43, 0.72",
            "holdout44, 0.77", "holdout45, 0.92",
            "holdout46, 0.87", "holdout47, 0.87",
            "holdout48, 0.90", "holdout49, 0.85",
            "holdout50, 0.81", "holdout51, 0.89",
            "holdout52, 0.83", "holdout53, 0.87",
            "holdout54, 0.86", "holdout55, 0.77",
            "holdout56, 0.93", "holdout57, 0.90",
            "holdout58, 0.79", "holdout59, 0.88",
            "holdout60, 0.86", "holdout61, 0.93",
            "holdout62, 0.87", "holdout63, 0.90",
            "holdout64, 0.90", "holdout65, 0.90",
            "holdout66, 0.90", "holdout67, 0.80", "holdout68, 0.88", "holdout69, 0.88",
            "holdout70, 0.88", "holdout71, 0.86", "holdout72, 0.79", "holdout73, 0.87",
            "holdout74, 0.81", "holdout75, 0.86", "holdout76, 0.94", "holdout77, 0.87", "holdout78, 0.88",
            "holdout79, 0.91", "holdout80, 0.81", "holdout81, 0.91", "holdout82, 0.87",
            "holdout83, 0.86", "holdout84, 0.85", "holdout85, 0.86", "holdout86, 0.82",
            "holdout87, 0.88", "holdout88, 0.88", "holdout89, 0.90", "holdout90, 0.87",
            "holdout91, 0.92", "holdout92, 0.87", "holdout93, 0.86", "holdout94, 0.86",
            "holdout95, 0.86", "holdout96, 0.90",
            "holdout97, 0.88", "holdout98, 0.83",
            "holdout99, 0.95", "holdout100, 0.88", "holdout101, 0.90", "holdout102, 0.89", "holdout103, 0.81",
            "holdout104, 0.86", "holdout105, 0.92", "holdout106, 0.89", "holdout107, 0.81", "holdout108, 0.86",
            "holdout109, 0.90", "holdout110, 0.88", "holdout111, 0.91", "holdout112, 0.90",
            "holdout113, 0.85", "holdout114, 0.86", "holdout115, 0.87", "holdout116, 0.88",
            "holdout117, 0.91", "holdout118, 0.91", "holdout119, 0.81", "holdout120, 0.88",
            "holdout121, 0.93", "holdout122, 0.83", "holdout125, 0.92", "holdout129, 0.95",
            "holdout130, 0.93", "holdout131, 0.86", "holdout132, 0.86", "holdout133, 0.90",
            "holdout134, 0.88", "holdout135, 0.85", "holdout136, 0.89", "holdout137, 0.92",
            "holdout138, 0.90", "holdout139, 0.81",
            "holdout140, 0.90", "holdout141, 0.89"})
    void holdoutPages(String set, double floor) throws IOException {
        PeopleScore.Result result = score(set);
        assertEquals(0, result.falseMerges(), "false merges " + result);
        assertTrue(result.f1() >= floor, set + " pages " + result);
    }

    /** Sealed: a failure here says quality fell on unseen pages; fix the mechanism, do not read this set's misses. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"holdout4, 0.88", "holdout6, 0.80", "holdout12, 0.81", "holdout13, 0.82"})
    void sealedHoldoutPages(String set, double floor) throws IOException {
        PeopleScore.Result result = score(set, false);
        assertEquals(0, result.falseMerges(), "false merges on the sealed " + set);
        assertTrue(result.f1() >= floor, String.format("sealed %s F1 %.3f below %.2f", set, result.f1(), floor));
    }

    private static PeopleScore.Result score(String set) throws IOException {
        return score(set, true);
    }

    /** @param printMisses false for a sealed set: its figures are printed, its misses never are */
    private static PeopleScore.Result score(String set, boolean printMisses) throws IOException {
        Path folder = Path.of("src/test/resources", set);
        CorpusModel model = CorpusPipeline.standard(10)
                .run(new DirectoryCorpusSource(folder.resolve("pages"), 10L << 20));
        assertEquals(0, model.skipped().size(), "every page loads: " + model.skipped());
        Map<String, PeopleScore.FileGold> gold = PeopleScore.readGold(
                Files.readString(folder.resolve("gold.json"), StandardCharsets.UTF_8));
        PeopleScore.Result result = PeopleScore.score(gold, model.people(), PeopleScore.fileOfStory(model));
        if (printMisses) {
            result.messages().forEach(m -> System.out.println(set + " | " + m));
        }
        System.out.println(set + " pages: " + result);
        return result;
    }

}
