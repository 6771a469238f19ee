package dev.kairos.organization.landing;

import static dev.kairos.testing.Scheduling.setClock;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, landing settings: an organisation's admins and owners replace them whole, its members
 * read them, values are checked field by field, and no other organisation reaches them (404).
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class LandingSettingsResourceTest {

    private long orgId;
    private TestUser owner;
    private TestUser admin;
    private TestUser member;

    @BeforeEach
    void organisation() {
        setClock("2030-01-15T12:00:00Z");
        orgId = Organisations.organisation();
        owner = Organisations.user(orgId, "OWNER");
        admin = Organisations.user(orgId, "ADMIN");
        member = Organisations.user(orgId, "MEMBER");
    }

    private static String landing(long orgId) {
        return "/v2/organizations/" + orgId + "/landing-settings";
    }

    private static Map<String, Object> full() {
        Map<String, Object> body = new HashMap<>();
        body.put("templateId", "tutor_personal");
        body.put("primaryColor", "#1a73e8");
        body.put("secondaryColor", "#FBBC04");
        body.put("logoUrl", "https://cdn.example.com/logo.png");
        body.put("heroImageUrl", "https://cdn.example.com/hero.jpg");
        body.put("pageTitle", "Learn Spanish with Ana");
        body.put("pageSubtitle", "Small groups, every evening");
        body.put("teacherBio", "Ana has taught Spanish for ten years.");
        body.put("teacherAvatarUrl", "https://cdn.example.com/ana.jpg");
        body.put("socialLinks", Map.of("instagram", "https://instagram.com/ana", "youtube", "https://youtube.com/@ana"));
        body.put("ctaText", "Book a class");
        body.put("metaTitle", "Spanish with Ana");
        body.put("metaDescription", "Evening Spanish classes in small groups.");
        body.put("isPublished", true);
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = full();
        body.put(field, value);
        return body;
    }

    @Test
    void anOwnerCreatesTheSettingsAndMembersReadThem() {
        owner.call().body(full()).put(landing(orgId)).then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.organizationId", equalTo((int) orgId))
                .body("data.templateId", equalTo("tutor_personal"))
                .body("data.primaryColor", equalTo("#1A73E8"))
                .body("data.secondaryColor", equalTo("#FBBC04"))
                .body("data.logoUrl", equalTo("https://cdn.example.com/logo.png"))
                .body("data.heroImageUrl", equalTo("https://cdn.example.com/hero.jpg"))
                .body("data.pageTitle", equalTo("Learn Spanish with Ana"))
                .body("data.pageSubtitle", equalTo("Small groups, every evening"))
                .body("data.teacherBio", equalTo("Ana has taught Spanish for ten years."))
                .body("data.teacherAvatarUrl", equalTo("https://cdn.example.com/ana.jpg"))
                .body("data.socialLinks.instagram", equalTo("https://instagram.com/ana"))
                .body("data.socialLinks.youtube", equalTo("https://youtube.com/@ana"))
                .body("data.ctaText", equalTo("Book a class"))
                .body("data.metaTitle", equalTo("Spanish with Ana"))
                .body("data.metaDescription", equalTo("Evening Spanish classes in small groups."))
                .body("data.isPublished", equalTo(true))
                .body("data.createdAt", equalTo("2030-01-15T12:00:00.000Z"))
                .body("data.updatedAt", equalTo("2030-01-15T12:00:00.000Z"));

        for (TestUser reader : new TestUser[] { owner, admin, member }) {
            reader.call().get(landing(orgId)).then().statusCode(200)
                    .body("data.pageTitle", equalTo("Learn Spanish with Ana"))
                    .body("data.socialLinks", aMapWithSize(2));
        }
        Api.admin().get(landing(orgId)).then().statusCode(200).body("data.templateId", equalTo("tutor_personal"));
    }

    @Test
    void aPutReplacesTheWholeDocument() {
        owner.call().body(full()).put(landing(orgId)).then().statusCode(200);
        setClock("2030-01-16T08:00:00Z");

        admin.call().body(Map.of("templateId", "kids_1", "pageTitle", "Kids' club")).put(landing(orgId)).then().statusCode(200)
                .body("data.templateId", equalTo("kids_1"))
                .body("data.pageTitle", equalTo("Kids' club"))
                .body("data.primaryColor", nullValue())
                .body("data.logoUrl", nullValue())
                .body("data.socialLinks", aMapWithSize(0))
                .body("data.isPublished", equalTo(false))
                .body("data.createdAt", equalTo("2030-01-15T12:00:00.000Z"))
                .body("data.updatedAt", equalTo("2030-01-16T08:00:00.000Z"));
        member.call().get(landing(orgId)).then().statusCode(200).body("data.templateId", equalTo("kids_1"));
    }

    @Test
    void beforeAnyPutTheSettingsAre404AndSaySo() {
        member.call().get(landing(orgId)).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", containsString("PUT /v2/organizations/" + orgId + "/landing-settings"));
        owner.call().delete(landing(orgId)).then().statusCode(404);
    }

    @Test
    void membersMayReadButNotWriteOrDelete() {
        owner.call().body(full()).put(landing(orgId)).then().statusCode(200);
        member.call().body(with("pageTitle", "Mine now")).put(landing(orgId)).then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        member.call().delete(landing(orgId)).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        member.call().get(landing(orgId)).then().statusCode(200).body("data.pageTitle", equalTo("Learn Spanish with Ana"));
    }

    @Test
    void anAdminDeletesTheSettings() {
        owner.call().body(full()).put(landing(orgId)).then().statusCode(200);
        admin.call().delete(landing(orgId)).then().statusCode(200).body("data.pageTitle", equalTo("Learn Spanish with Ana"));
        member.call().get(landing(orgId)).then().statusCode(404);
        owner.call().body(full()).put(landing(orgId)).then().statusCode(200);
    }

    @Test
    void invalidValuesAreRefusedFieldByField() {
        invalid(with("templateId", null), "templateId");
        invalid(with("templateId", "corporate"), "templateId");
        invalid(with("primaryColor", "blue"), "primaryColor");
        invalid(with("secondaryColor", "#FFF"), "secondaryColor");
        invalid(with("logoUrl", "http://cdn.example.com/logo.png"), "logoUrl");
        invalid(with("heroImageUrl", "/images/hero.jpg"), "heroImageUrl");
        invalid(with("teacherAvatarUrl", "javascript:alert(1)"), "teacherAvatarUrl");
        invalid(with("pageTitle", "x".repeat(201)), "pageTitle");
        invalid(with("teacherBio", "x".repeat(5001)), "teacherBio");
        invalid(with("metaDescription", "x".repeat(301)), "metaDescription");
        invalid(with("socialLinks", Map.of("twitter", "https://twitter.com/ana")), "socialLinks.twitter");
        invalid(with("socialLinks", Map.of("facebook", "ftp://facebook.com/ana")), "socialLinks.facebook");

        owner.call().body(with("socialLinks", "https://instagram.com/ana")).put(landing(orgId)).then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
        owner.call().body(with("teacherBio", "x".repeat(5000))).put(landing(orgId)).then().statusCode(200);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Map<String, Object> body = full();
        body.put("logoUrl", "http://insecure.example.com/logo.png");
        body.put("socialLinks", Map.of("myspace", "https://myspace.com/ana", "tiktok", "tiktok.com/@ana"));
        owner.call().body(body).put(landing(orgId)).then().statusCode(422)
                .body("error.details.field", containsInAnyOrder("logoUrl", "socialLinks.myspace", "socialLinks.tiktok"));
        owner.call().get(landing(orgId)).then().statusCode(404);
    }

    private void invalid(Map<String, Object> body, String field) {
        owner.call().body(body).put(landing(orgId)).then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", containsInAnyOrder(field));
    }

    @Test
    void twoOrganizationsCannotReadOrWriteEachOthersSettings() {
        owner.call().body(full()).put(landing(orgId)).then().statusCode(200);
        long other = Organisations.organisation();
        TestUser otherOwner = Organisations.user(other, "OWNER");
        TestUser otherMember = Organisations.user(other, "MEMBER");
        otherOwner.call().body(with("pageTitle", "Theirs")).put(landing(other)).then().statusCode(200);

        for (TestUser outsider : new TestUser[] { otherOwner, otherMember, Api.newUser() }) {
            notFound(outsider.call().get(landing(orgId)));
            notFound(outsider.call().body(with("pageTitle", "Taken over")).put(landing(orgId)));
            notFound(outsider.call().delete(landing(orgId)));
        }
        notFound(owner.call().get(landing(other)));
        owner.call().get(landing(orgId)).then().statusCode(200).body("data.pageTitle", equalTo("Learn Spanish with Ana"));
        otherOwner.call().get(landing(other)).then().statusCode(200).body("data.pageTitle", equalTo("Theirs"));
    }

    private static void notFound(Response response) {
        response.then().statusCode(404).body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", containsString("organization"));
    }
}
