package app.khabar.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphQLOverHttpTest} against the packaged application: the jar, or the native binary with {@code -Dnative}. */
@QuarkusIntegrationTest
class GraphQLOverHttpIT extends GraphQLOverHttpTest {
}
