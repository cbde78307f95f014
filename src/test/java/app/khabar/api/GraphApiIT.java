package app.khabar.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GraphApiTest} against the packaged application: the jar, or the native binary with {@code -Dnative}. */
@QuarkusIntegrationTest
class GraphApiIT extends GraphApiTest {
}
