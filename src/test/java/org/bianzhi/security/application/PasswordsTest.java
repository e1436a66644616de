package org.bianzhi.security.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bianzhi.shared.domain.BianzhiException;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private static String refusal(String password, String username) {
        return assertThrows(BianzhiException.class, () -> Passwords.requireAcceptable(password, username), password).getMessage();
    }

    @Test
    void theUserNameACommonPasswordOrAnInvisibleCharacterIsRefusedWhateverTheLength() {
        assertEquals("密码不能与用户名相同", refusal("Zhangsan2026", "zhangsan2026"));
        for (String common : List.of("Password1234", "PASSWORD12345", "Qwerty123456", "1qaz2wsx3edc", "1Q2W3E4R5T6Y")) {
            assertEquals("该密码过于常见，容易被猜中，请换一个", refusal(common, "someone"));
        }
        for (String hidden : List.of("a1\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b", "Abcdefgh1\u0000", "Abcd efgh12",
                "Abcdefgh12\u202e", "\ufeffAbcdefgh12", "Abcdefgh12\u2028")) {
            assertEquals("密码不能含有空白、不可见或控制字符", refusal(hidden, "someone"));
        }
        assertEquals("密码至少 12 位，且须同时包含字母和数字", refusal("abcdefghij", "someone"));
        assertEquals("密码至少 12 位，且须同时包含字母和数字", refusal("Abcdefghi12", "someone"));
    }

    @Test
    void aPasswordThatOnlyContainsTheUserNameOrIsLongAndUncommonIsAccepted() {
        assertDoesNotThrow(() -> Passwords.requireAcceptable("Shuili2026demo", "shuili"));
        assertDoesNotThrow(() -> Passwords.requireAcceptable("汉字也可以用作密码2026ab", "someone"));
        assertDoesNotThrow(() -> Passwords.requireAcceptable("Password1234x", "someone"), "a word of the list with more is not the word");
    }
}
