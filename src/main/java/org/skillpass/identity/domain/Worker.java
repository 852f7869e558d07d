package org.skillpass.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.skillpass.shared.domain.Gender;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A migrant worker (学员) with a real name. The resident ID number never sits here in clear text:
 * {@code idNumberEnc} is AES-GCM ciphertext, {@code idNumberHash} a keyed hash for uniqueness
 * and look-up, {@code idNumberMasked} what everybody but the holder and authorised officers sees.
 */
@Entity
@Table(name = "worker")
public class Worker {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "real_name", nullable = false)
    private String realName;

    @Column(name = "id_type", nullable = false)
    private String idType = "RESIDENT_ID";

    @Column(name = "id_number_enc", nullable = false)
    private String idNumberEnc;

    @Column(name = "id_number_hash", nullable = false, unique = true)
    private String idNumberHash;

    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, unique = true)
    private String phone;

    @Column(name = "hukou_region_code")
    private String hukouRegionCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Worker() {
    }

    public Worker(Account account, String realName, String idNumberEnc, String idNumberHash, String idNumberMasked,
                  Gender gender, LocalDate birthDate, String phone, String hukouRegionCode) {
        this.accountId = account.getId();
        this.realName = realName.strip();
        this.idNumberEnc = idNumberEnc;
        this.idNumberHash = idNumberHash;
        this.idNumberMasked = idNumberMasked;
        this.gender = gender;
        this.birthDate = birthDate;
        this.phone = phone;
        this.hukouRegionCode = hukouRegionCode;
        this.createdAt = Instant.now();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRealName() {
        return realName;
    }

    public String getIdType() {
        return idType;
    }

    public String getIdNumberEnc() {
        return idNumberEnc;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public String getHukouRegionCode() {
        return hukouRegionCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
