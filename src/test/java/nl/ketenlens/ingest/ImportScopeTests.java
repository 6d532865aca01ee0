package nl.ketenlens.ingest;

import nl.ketenlens.access.Role;
import nl.ketenlens.access.Viewer;
import nl.ketenlens.api.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which viewer may import which kind at all; the row rules are tried on the real store in {@code CompanyImportIT}. */
class ImportScopeTests {
    static final Viewer COMPANY = new Viewer("acme-user", Role.COMPANY, "ACME");

    @Test
    void theAdminImportsEveryKindUnrestricted() {
        for (ImportKind kind : ImportKind.values()) {
            assertThat(ImportScope.of(Viewer.admin(), kind).restricted()).as(kind.id()).isFalse();
        }
    }

    @Test
    void aCompanyUserImportsSupplierDataWithinItsScope() {
        for (ImportKind kind : EnumSet.of(ImportKind.LINKS, ImportKind.FACILITIES, ImportKind.OSH, ImportKind.CMRT, ImportKind.EMRT)) {
            assertThat(ImportScope.of(COMPANY, kind).restricted()).as(kind.id()).isTrue();
        }
    }

    @Test
    void aCompanyUserIsRefusedReferenceKindsByName() {
        for (ImportKind kind : List.of(ImportKind.COMPANIES, ImportKind.RISKS)) {
            assertThatThrownBy(() -> ImportScope.of(COMPANY, kind)).isInstanceOf(ForbiddenException.class)
                    .hasMessageContaining("'" + kind.id() + "'")
                    .satisfies(e -> assertThat(((ForbiddenException) e).parameter()).isEqualTo("kind"))
                    .satisfies(e -> assertThat(((ForbiddenException) e).rule()).isEqualTo(ImportScope.RULE));
        }
    }

    @Test
    void advisorsAndAnonymousImportNothing() {
        for (Viewer v : List.of(new Viewer("adv", Role.ADVISOR, null), Viewer.anonymous())) {
            for (ImportKind kind : ImportKind.values()) {
                assertThatThrownBy(() -> ImportScope.of(v, kind)).as(v.name() + " " + kind.id())
                        .isInstanceOf(ForbiddenException.class);
            }
        }
    }
}
