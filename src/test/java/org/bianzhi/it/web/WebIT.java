package org.bianzhi.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bianzhi.it.Api;
import org.junit.jupiter.api.Test;

/**
 * The web interface in Debian's headless chromium, on the demo county: what a clerk does, step by step, and what
 * they must see. The screenshots of the README are taken here.
 */
class WebIT extends WebTest {

    @Test
    void signInShowsTheUserAndRoleAndAWrongPasswordSaysSo() {
        browser.open("/login");
        browser.screenshot("01-login");
        browser.type("[data-test=username]", OFFICE).type("[data-test=password]", "wrong-password").click("[data-test=sign-in]");
        assertTrue(browser.waitForText(".form-error", "用户名或密码错误").contains("连续 5 次"));

        // a locked account says until when
        String locked = "web-locked";
        expect(201, api.post("accounts", Api.obj("username", locked, "displayName", "锁定测试", "password", PASSWORD, "role", "INSPECTOR")));
        for (int i = 0; i < 5; i++) api.withToken(null).post("session", Api.obj("username", locked, "password", "wrong-" + i));
        browser.type("[data-test=username]", locked).type("[data-test=password]", PASSWORD).click("[data-test=sign-in]");
        assertTrue(browser.waitForText(".form-error", "已锁定").contains("系统管理员解锁"));

        browser.signIn(OFFICE, PASSWORD);
        String who = browser.text("[data-test=who]");
        assertTrue(who.contains("编办业务员") && who.contains("编办业务人员"), who);
        browser.waitFor("[data-test=findings-by-rule] canvas");
        browser.waitForText("[data-test=over-units]", "中共青田县委宣传部");
        browser.screenshot("02-overview");
        browser.signOut();
        browser.open("/search");
        browser.waitFor("[data-test=login-form]");
        assertTrue(browser.currentHash().startsWith("#/login"), browser.currentHash());
    }

    @Test
    void searchByPinyinInitialsWhileTypingAndOpenThePerson() {
        browser.signIn(OFFICE, PASSWORD).open("/search");
        browser.type("[data-test=search-box]", "zw 住建");
        String first = browser.waitForText("[data-test=search-hit]", "张伟");
        assertTrue(first.contains("青田县住房和城乡建设局") && first.contains("姓名拼音首字母：zw"), first);
        assertEquals("张伟", browser.all("[data-test=hit-name]").get(0).getText());
        browser.screenshot("08-search");
        browser.all("[data-test=hit-name]").get(0).click();
        browser.waitForText("[data-test=person-name]", "张伟");
        assertTrue(browser.currentHash().startsWith("#/people/"), browser.currentHash());
        browser.waitFor("[data-test=person-timeline]");
        browser.screenshot("04-person");
    }
}
