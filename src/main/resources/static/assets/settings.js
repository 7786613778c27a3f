// The settings page: the example follows the chosen locale before it is saved (each option carries its own).
document.addEventListener('DOMContentLoaded', () => {
  const locale = document.getElementById('locale');
  const example = document.getElementById('example');
  if (!locale || !example) {
    return;
  }
  locale.addEventListener('change', () => {
    example.textContent = locale.selectedOptions[0].dataset.example;
  });
});
