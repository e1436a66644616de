package org.bianzhi.it.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's chromium and chromedriver ({@code apt-get install chromium chromium-driver}). Without them
 * the tests are skipped, unless {@code BIANZHI_REQUIRE_BROWSER=true} (CI), where their absence is a failure.
 */
public class BrowserCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.available()) return ConditionEvaluationResult.enabled("chromium at " + Browser.CHROMIUM);
        if ("true".equals(System.getenv("BIANZHI_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("BIANZHI_REQUIRE_BROWSER=true but " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        return ConditionEvaluationResult.disabled("no chromium/chromedriver: apt-get install chromium chromium-driver");
    }
}
