package org.bianzhi.complaint.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bianzhi.complaint.domain.ReporterCipher;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.PlainText;

/**
 * AES-256-GCM for reporter details: a random 12-byte IV per value, the 128-bit tag checked on opening, the field
 * name as associated data. A sealed value is {@code <key id>:} + base64(iv ‖ ciphertext ‖ tag), so it names its key.
 * Keys are given as {@code k1:<base64 of 32 bytes>,k2:<…>} with the id of the key to seal with; a wrong
 * configuration leaves the cipher unable to seal (with {@link #problem} saying why) but the service running.
 */
public final class AesGcmReporterCipher implements ReporterCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String HOW_TO = "请用 openssl rand -base64 32 生成密钥，设置环境变量 BIANZHI_COMPLAINTS_KEYS=k1:<密钥> 和 "
            + "BIANZHI_COMPLAINTS_KEY_ID=k1（即 bianzhi.complaints.keys / bianzhi.complaints.key-id），然后重启服务";

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final String problem;

    private AesGcmReporterCipher(Map<String, SecretKey> keys, String currentKeyId, String problem) {
        this.keys = Collections.unmodifiableMap(keys);
        this.currentKeyId = problem == null ? currentKeyId : null;
        this.problem = problem;
    }

    /**
     * The cipher of this configuration: {@code keyList} as {@code id:base64,id:base64} (null or blank: none),
     * {@code keyId} the key to seal with (may be omitted when only one key is listed).
     */
    public static AesGcmReporterCipher configured(String keyList, String keyId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        if (keyList == null || keyList.isBlank()) {
            return new AesGcmReporterCipher(keys, null, "未配置举报人信息加密密钥，不能登记举报人姓名和联系方式（匿名举报不受影响）。" + HOW_TO);
        }
        for (String entry : keyList.split(",")) {
            if (entry.isBlank()) continue;
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9_-]{1,20}")) {
                return broken(keys, "密钥应写成“密钥编号:Base64密钥”，编号为 1–20 位字母、数字、_ 或 -");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                return broken(keys, "密钥 " + id + " 不是有效的 Base64");
            }
            if (raw.length != 32) return broken(keys, "密钥 " + id + " 长度为 " + raw.length + " 字节，应为 32 字节（256 位）");
            if (keys.put(id, new SecretKeySpec(raw, "AES")) != null) return broken(keys, "密钥编号 " + id + " 重复");
        }
        if (keys.isEmpty()) return broken(keys, "密钥列表为空");
        String current = PlainText.blankToNull(keyId);
        if (current == null) {
            if (keys.size() > 1) return broken(keys, "配置了多个密钥，须用 BIANZHI_COMPLAINTS_KEY_ID 指定加密新数据使用的密钥");
            current = keys.keySet().iterator().next();
        }
        if (!keys.containsKey(current)) return broken(keys, "当前密钥编号 " + current + " 不在密钥列表 " + keys.keySet() + " 中");
        return new AesGcmReporterCipher(keys, current, null);
    }

    private static AesGcmReporterCipher broken(Map<String, SecretKey> keys, String what) {
        return new AesGcmReporterCipher(keys, null, "举报人信息加密密钥配置有误：" + what + "。不能登记举报人姓名和联系方式（匿名举报不受影响）。" + HOW_TO);
    }

    @Override
    public boolean ready() {
        return problem == null;
    }

    @Override
    public String problem() {
        return problem;
    }

    @Override
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of the configured keys (for the start-up log; never the keys). */
    public java.util.Set<String> keyIds() {
        return keys.keySet();
    }

    @Override
    public String seal(String field, String plain) {
        if (!ready()) throw BianzhiException.conflict("reporter-key-missing", field, problem);
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String open(String field, String sealed) {
        int colon = sealed.indexOf(':');
        String id = colon < 0 ? "" : sealed.substring(0, colon);
        SecretKey key = keys.get(id);
        if (key == null) {
            throw BianzhiException.conflict("reporter-key-unknown", "举报人信息是用密钥“" + id + "”加密的，该密钥未配置，无法解密。"
                    + "更换密钥时须保留旧密钥，直到重新加密（POST /api/v1/complaints/reencryption）完成");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(sealed.substring(colon + 1));
            if (raw.length < IV_BYTES + TAG_BITS / 8) throw new GeneralSecurityException("too short");
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw BianzhiException.conflict("reporter-sealed-broken", "举报人信息校验失败（密文被改动或与密钥“" + id
                    + "”不符），无法解密");
        }
    }

    @Override
    public boolean isCurrent(String sealed) {
        return currentKeyId != null && sealed != null && sealed.startsWith(currentKeyId + ":");
    }
}
