window.addEventListener('DOMContentLoaded', function () { new PagefindUI({ element: '#search', showSubResults: true }); });
