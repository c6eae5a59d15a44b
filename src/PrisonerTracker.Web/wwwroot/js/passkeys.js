// Passkeys (Web Authentication) for forms marked data-passkey="create" (account page) or "get" (sign-in).
// A file, not an inline script, so the Content-Security-Policy stays script-src 'self'. The server
// makes the options and checks the answer; this only carries them between it and the authenticator.
(() => {
    'use strict';
    const supported = window.PublicKeyCredential
        && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
        && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

    function token(form) {
        const field = form.querySelector('input[name="__RequestVerificationToken"]');
        return field ? field.value : '';
    }

    async function credentialFor(form) {
        // POST with the antiforgery token: the options start a ceremony whose state the server keeps in a cookie.
        const response = await fetch(form.dataset.passkeyOptions, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'RequestVerificationToken': token(form) },
        });
        if (!response.ok) throw new Error('passkey options: ' + response.status);
        const options = await response.json();
        return form.dataset.passkey === 'create'
            ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
            : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
    }

    document.querySelectorAll('form[data-passkey]').forEach((form) => {
        const field = form.querySelector('input[data-passkey-credential]');
        const error = form.querySelector('[data-passkey-error]');
        if (!supported) {
            form.querySelectorAll('button').forEach((button) => { button.disabled = true; });
            if (error) error.textContent = form.dataset.passkeyUnsupported || '';
            return;
        }
        let busy = false;
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            if (busy || (typeof form.reportValidity === 'function' && !form.reportValidity())) return;
            busy = true;
            if (error) error.textContent = '';
            try {
                const credential = await credentialFor(form);
                field.value = JSON.stringify(credential);
                form.submit();
            } catch (e) {
                // Cancelled, timed out, or no passkey for this site: say so beside the button, keep the page.
                if (error) error.textContent = form.dataset.passkeyFailed || String(e);
                busy = false;
            }
        });
    });
})();
